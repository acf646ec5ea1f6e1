package com.wuxiao.infra.it;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * One headless Chromium (Debian's {@code chromium} driven by Debian's {@code chromedriver}) logged in
 * as one user. Without both binaries the calling test is skipped with the reason, unless
 * {@code WUXIAO_BROWSER_REQUIRED} is set (as {@code .ci/run} does): then it fails, so a browser test
 * never passes in CI by not running.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("WUXIAO_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("WUXIAO_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** The README shows these; the browser tests make them, so they show the pages as they are. */
    static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A phone: 390×844 CSS pixels, touch, a mobile user agent. */
    public static Browser phone(int port) {
        return phone(port, 390, 844);
    }

    public static Browser phone(int port, int width, int height) {
        ChromeOptions options = options();
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; Wuxiao) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/156.0 Mobile Safari/537.36"));
        return start(options, port);
    }

    /** An office screen. */
    public static Browser desktop(int port) {
        ChromeOptions options = options();
        options.addArguments("--window-size=1440,1500");
        return start(options, port);
    }

    private static ChromeOptions options() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("WUXIAO_BROWSER_REQUIRED") != null) {
            throw new IllegalStateException("WUXIAO_BROWSER_REQUIRED is set but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver fonts-noto-cjk");
        }
        Assumptions.assumeTrue(present, "browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver fonts-noto-cjk; .ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=zh-CN", "--no-first-run", "--disable-extensions", "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        return options;
    }

    private static Browser start(ChromeOptions options, int port) {
        // The browser's clock in Beijing time, as the users' are (Tasklist shows local times).
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Asia/Shanghai")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port);
    }

    /** Logs in through the app's login page and returns where the app sent the user. */
    public Browser logIn(String userId, String password) {
        open("/login");
        find(By.id("username")).sendKeys(userId);
        find(By.id("password")).sendKeys(password);
        find(By.cssSelector("form button[type=submit]")).click();
        until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(By by) {
        return until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public WebElement visible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement clickable(By by) {
        return until(ExpectedConditions.elementToBeClickable(by));
    }

    /** Clicks an element after scrolling it to the middle, clear of fixed headers and footers. */
    public void click(By by) {
        WebElement element = clickable(by);
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Types into a field, as a user does, replacing what it held. */
    public void type(By by, String text) {
        WebElement field = visible(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Waits for the condition; an element replaced meanwhile (a page that reloads itself) is looked up again. */
    public <T> T until(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public String text(By by) {
        return visible(by).getText();
    }

    public WebDriver driver() {
        return driver;
    }

    /** A screenshot of the whole page under docs/screenshots, as the README shows it. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
