package com.wuxiao.infra.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway's Axon tables follow the persistence rules of architecture.md. */
class EventStoreSchemaTest extends IntegrationTestSupport {

    @Test
    void payloadsAreByteaNeverLargeObjects() {
        assertThat(jdbc.sql("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = 'public'
                  and table_name in ('domainevententry', 'snapshotevententry', 'tokenentry', 'deadletterentry')
                  and column_name in ('payload', 'metadata', 'token', 'diagnostics')
                  and data_type <> 'bytea'""").query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("select count(*) from information_schema.columns where data_type = 'oid' "
                + "and table_schema = 'public'").query(Long.class).single()).isZero();
    }

    @Test
    void globalSequenceAdvancesByOne() {
        assertThat(jdbc.sql("select increment_by || '/' || cache_size from pg_sequences "
                + "where sequencename = 'domainevententry_globalindex_seq'").query(String.class).single())
                .isEqualTo("1/1");
    }

    @Test
    void tuningGuideIndexesExist() {
        assertThat(uniqueIndexColumns("domainevententry"))
                .contains("aggregateidentifier,sequencenumber", "eventidentifier");
        assertThat(uniqueIndexColumns("snapshotevententry")).contains("eventidentifier");
        assertThat(jdbc.sql("select count(*) from pg_indexes where tablename = 'snapshotevententry' "
                + "and indexdef like '%(aggregateidentifier)%'").query(Long.class).single()).isPositive();
    }

    private java.util.List<String> uniqueIndexColumns(String table) {
        return jdbc.sql("""
                select string_agg(a.attname, ',' order by k.ord)
                from pg_index i
                join pg_class t on t.oid = i.indrelid
                cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
                join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
                where t.relname = ? and i.indisunique
                group by i.indexrelid""").param(table).query(String.class).list();
    }
}
