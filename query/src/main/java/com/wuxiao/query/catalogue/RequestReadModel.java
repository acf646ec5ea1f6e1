package com.wuxiao.query.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuxiao.command.catalogue.api.MeetingInterest;
import com.wuxiao.command.catalogue.api.PresentedResult;
import com.wuxiao.query.catalogue.api.FindResultRequestsQuery;
import com.wuxiao.query.catalogue.api.MeetingDetail;
import com.wuxiao.query.catalogue.api.MeetingPage;
import com.wuxiao.query.catalogue.api.ResultRequestPage;
import com.wuxiao.query.catalogue.api.ResultRequestRow;
import com.wuxiao.query.catalogue.api.ResultRequestStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads result requests and promotion meetings. */
@Component
class RequestReadModel {

    private static final String REQUEST_FILTER = " " + """
             WHERE (CAST(:status AS TEXT) IS NULL OR status = :status)
               AND (CAST(:owner AS TEXT) IS NULL OR owner_id = :owner)
               AND (CAST(:proposal AS TEXT) IS NULL OR proposal_id = :proposal)""";
    /** Meetings an owner is invited to, or all when :owner is null. */
    private static final String MEETING_FILTER = " " + """
             WHERE (CAST(:owner AS TEXT) IS NULL OR invited_owner_ids @> jsonb_build_array(CAST(:owner AS TEXT)))""";
    private static final TypeReference<List<PresentedResult>> RESULTS = new TypeReference<>() { };
    private static final TypeReference<List<String>> OWNERS = new TypeReference<>() { };
    private static final TypeReference<List<MeetingInterest>> INTERESTS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RequestReadModel(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    ResultRequestPage requests(FindResultRequestsQuery query) {
        String status = query.status() == null ? null : query.status().name();
        List<ResultRequestRow> items = jdbc.sql("SELECT * FROM result_request_view" + REQUEST_FILTER + " " + """
                         ORDER BY (status = 'PENDING') DESC, requested_at DESC, request_id
                         LIMIT :size OFFSET :offset""")
                .param("status", status).param("owner", query.ownerId()).param("proposal", query.proposalId())
                .param("size", query.size()).param("offset", (long) query.page() * query.size())
                .query((rs, n) -> request(rs)).list();
        long total = jdbc.sql("SELECT count(*) FROM result_request_view" + REQUEST_FILTER)
                .param("status", status).param("owner", query.ownerId()).param("proposal", query.proposalId())
                .query(Long.class).single();
        return new ResultRequestPage(items, query.page(), query.size(), total);
    }

    MeetingPage meetings(String invitedOwnerId, int page, int size) {
        List<MeetingDetail> items = jdbc.sql(meetingSelect() + MEETING_FILTER + " " + """
                         ORDER BY held_on DESC, meeting_id LIMIT :size OFFSET :offset""")
                .param("owner", invitedOwnerId).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> meeting(rs)).list();
        long total = jdbc.sql("SELECT count(*) FROM promotion_meeting_view" + MEETING_FILTER)
                .param("owner", invitedOwnerId).query(Long.class).single();
        return new MeetingPage(items, page, size, total);
    }

    Optional<MeetingDetail> meeting(String meetingId, String invitedOwnerId) {
        return jdbc.sql(meetingSelect() + MEETING_FILTER + " AND meeting_id = :id")
                .param("owner", invitedOwnerId).param("id", meetingId)
                .query((rs, n) -> meeting(rs)).optional();
    }

    private static String meetingSelect() {
        return """
                SELECT meeting_id, title, held_on, place, results::text AS results,
                       invited_owner_ids::text AS owners, interests::text AS interests, scheduled_by, scheduled_at,
                       interest_recorded_at
                FROM promotion_meeting_view""";
    }

    private MeetingDetail meeting(ResultSet rs) throws SQLException {
        String interests = rs.getString("interests");
        return new MeetingDetail(rs.getString("meeting_id"), rs.getString("title"),
                rs.getObject("held_on", LocalDate.class), rs.getString("place"), read(rs.getString("results"), RESULTS),
                read(rs.getString("owners"), OWNERS), interests == null ? null : read(interests, INTERESTS),
                rs.getString("scheduled_by"), instant(rs, "scheduled_at"), instant(rs, "interest_recorded_at"));
    }

    private static ResultRequestRow request(ResultSet rs) throws SQLException {
        return new ResultRequestRow(rs.getString("request_id"), rs.getString("proposal_id"), rs.getString("title"),
                rs.getString("result_unit_id"), rs.getString("unit_id"), rs.getString("owner_id"), rs.getString("note"),
                rs.getString("meeting_id"), ResultRequestStatus.valueOf(rs.getString("status")),
                rs.getString("requested_by"), instant(rs, "requested_at"), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getString("decline_reason"), rs.getString("conversion_id"));
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable meeting column: " + text, e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
