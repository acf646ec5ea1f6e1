package com.wuxiao.query.export;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxDownloadTest {

    @Test
    void theUtf8NameIsPercentEncodedBesideAnAsciiFallback() {
        String header = XlsxDownload.contentDisposition("评审结果-2026-Q4.xlsx", "appraisal-results-2026-Q4.xlsx");

        assertThat(header).isEqualTo("attachment; filename=\"appraisal-results-2026-Q4.xlsx\"; "
                                     + "filename*=UTF-8''%E8%AF%84%E5%AE%A1%E7%BB%93%E6%9E%9C-2026-Q4.xlsx");
        ContentDisposition parsed = ContentDisposition.parse(header);
        assertThat(parsed.getFilename()).isEqualTo("评审结果-2026-Q4.xlsx");
        assertThat(parsed.getCharset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void nothingInANameCanBreakOutOfTheHeader() {
        String header = XlsxDownload.contentDisposition("a\"b;c\r\n d%.xlsx", "a\"b\\c;\r\n\u00e9.xlsx");

        assertThat(header).isEqualTo("attachment; filename=\"a_b_c____.xlsx\"; filename*=UTF-8''a%22b%3Bc%0D%0A%20d%25.xlsx");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("a\"b;c\r\n d%.xlsx");
    }
}
