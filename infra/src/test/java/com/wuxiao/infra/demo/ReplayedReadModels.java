package com.wuxiao.infra.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The query module's projections and query handlers of some features, on a fresh schema of the
 * app's database: the events handed to {@link #apply} are all they know. A truncated replay of the
 * event store into it is what the read models said at the instant it was cut, to hold the "as of"
 * answers of the live read models against. One connection, one transaction never committed: the
 * schema is dropped at the end.
 */
final class ReplayedReadModels implements AutoCloseable {

    private final DataSource live;
    private final String schema;
    private final SingleConnectionDataSource connection;
    private final AnnotationConfigApplicationContext context;
    private final List<AnnotationEventHandlerAdapter> projections = new ArrayList<>();
    private final QueryGateway queries;

    /**
     * @param features packages under {@code com.wuxiao.query} whose *Projection, *ReadModel and
     *                 *Queries classes to take, e.g. "leaderboard"
     */
    ReplayedReadModels(DataSource live, String schema, ObjectMapper json, Clock clock, List<String> features)
            throws SQLException {
        this.live = live;
        this.schema = schema;
        HikariDataSource pool = (HikariDataSource) live;
        String url = pool.getJdbcUrl() + (pool.getJdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Flyway.configure().dataSource(new DriverManagerDataSource(url, pool.getUsername(), pool.getPassword()))
                .schemas(schema).locations("classpath:db/migration").load().migrate();
        connection = new SingleConnectionDataSource(url, pool.getUsername(), pool.getPassword(), true);
        connection.setAutoCommit(false);

        context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, () -> connection);
        context.registerBean(JdbcClient.class, () -> JdbcClient.create(connection));
        context.registerBean(NamedParameterJdbcTemplate.class, () -> new NamedParameterJdbcTemplate(connection));
        context.registerBean(ObjectMapper.class, () -> json);
        context.registerBean(Clock.class, () -> clock);
        context.registerBean(QueryUpdateEmitter.class, () -> SimpleQueryUpdateEmitter.builder().build());
        ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*\\.[A-Za-z]+(Projection|ReadModel|Queries|Duplicates)")));
        scanner.scan(features.stream().map(feature -> "com.wuxiao.query." + feature).toArray(String[]::new));
        context.refresh();

        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        for (Object bean : context.getBeansOfType(Object.class).values()) {
            if (bean.getClass().isAnnotationPresent(ProcessingGroup.class)) {
                projections.add(new AnnotationEventHandlerAdapter(bean,
                        ClasspathParameterResolverFactory.forClass(bean.getClass())));
            }
            if (bean.getClass().getSimpleName().endsWith("Queries")) {
                new AnnotationQueryHandlerAdapter<>(bean).subscribe(bus);
            }
        }
        queries = DefaultQueryGateway.builder().queryBus(bus).build();
    }

    /** Hands one event to every projection that handles it, as its processor would. */
    void apply(EventMessage<?> event) throws Exception {
        for (AnnotationEventHandlerAdapter projection : projections) {
            if (projection.canHandle(event)) {
                projection.handle(event);
            }
        }
    }

    int projections() {
        return projections.size();
    }

    /** The replayed read models' query handlers. */
    QueryGateway queries() {
        return queries;
    }

    @Override
    public void close() throws SQLException {
        connection.getConnection().rollback();
        context.close(); // closes the connection too: it is one of its beans
        connection.destroy();
        JdbcClient.create(live).sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
    }
}
