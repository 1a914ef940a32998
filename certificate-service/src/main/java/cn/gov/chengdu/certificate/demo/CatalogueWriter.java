package cn.gov.chengdu.certificate.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.chengdu.certificate.demo.CatalogueHistory.Change;
import cn.gov.chengdu.certificate.demo.CatalogueHistory.TypeHistory;
import cn.gov.chengdu.certificate.demo.CatalogueHistory.Vote;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;

/**
 * Writes the planned catalogue with JDBC batches on the step's connection: types, their status history, the review
 * votes and the published retention list, with the historical timestamps of {@link CatalogueHistory} (the
 * services' own writes would stamp them with the current time).
 */
final class CatalogueWriter {

    private static final int BATCH = 100;
    private static final String INSERT_TYPE = """
            INSERT INTO certificate_type (code, name, aliases, description, category, issuing_level,
                responsible_department, legal_bases, required_materials, processing_limit_days, validity_days, template,
                status, abolition_reason, abolition_detail, abolition_alternative, review_round, illustrative,
                search_text, version, created_at, updated_at)
            VALUES (?, ?, CAST(? AS jsonb), ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, CAST(? AS jsonb),
                ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_CHANGE = """
            INSERT INTO certificate_type_status_change (type_id, from_status, to_status, actor, role, note, changed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_VOTE = """
            INSERT INTO review_vote (type_id, round, review_body, decision, opinion, reviewer, voted_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_LIST = """
            INSERT INTO retention_list (title, effective_from, status, published_at, created_by, version, created_at)
            VALUES (?, ?, 'PUBLISHED', ?, ?, 1, ?) RETURNING id
            """;
    private static final String INSERT_ITEM =
            "INSERT INTO retention_list_item (list_id, type_id, type_code, type_name) VALUES (?, ?, ?, ?)";

    private final Connection connection;
    private final DemoFiles json;
    private final DemoDataProgress progress;

    CatalogueWriter(Connection connection, DemoFiles json, DemoDataProgress progress) {
        this.connection = connection;
        this.json = json;
        this.progress = progress;
    }

    /** The types' ids by code. */
    Map<String, Long> types(List<TypeHistory> histories) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_TYPE)) {
            int done = 0;
            for (TypeHistory history : histories) {
                bindType(insert, history);
                insert.addBatch();
                if (++done % BATCH == 0 || done == histories.size()) {
                    insert.executeBatch();
                    progress.count("certificate types", done, histories.size());
                }
            }
        }
        return idsOf(histories);
    }

    void history(List<TypeHistory> histories, Map<String, Long> ids) throws SQLException {
        int total = histories.stream().mapToInt(h -> h.changes().size()).sum();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CHANGE)) {
            for (TypeHistory history : histories) {
                for (Change change : history.changes()) {
                    insert.setLong(1, ids.get(history.type().code));
                    insert.setString(2, change.from() == null ? null : change.from().name());
                    insert.setString(3, change.to().name());
                    insert.setString(4, change.actor().subject());
                    insert.setString(5, change.actor().role());
                    insert.setString(6, change.note());
                    insert.setObject(7, timestamp(change.at()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        progress.count("status history", total, total);
    }

    void votes(List<TypeHistory> histories, Map<String, Long> ids) throws SQLException {
        int total = histories.stream().mapToInt(h -> h.votes().size()).sum();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_VOTE)) {
            for (TypeHistory history : histories) {
                for (Vote vote : history.votes()) {
                    insert.setLong(1, ids.get(history.type().code));
                    insert.setInt(2, history.reviewRound());
                    insert.setString(3, vote.body().name());
                    insert.setString(4, vote.decision().name());
                    insert.setString(5, vote.opinion());
                    insert.setString(6, vote.reviewer().subject());
                    insert.setObject(7, timestamp(vote.at()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        progress.count("review votes", total, total);
    }

    /** The published retention list of the retained types, in code order. */
    void retentionList(List<CertificateType> retained, Map<String, Long> ids) throws SQLException {
        long listId;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_LIST)) {
            insert.setString(1, CatalogueHistory.LIST_TITLE);
            insert.setObject(2, CatalogueHistory.LIST_EFFECTIVE_FROM);
            insert.setObject(3, timestamp(CatalogueHistory.LIST_PUBLISHED_AT));
            insert.setString(4, CatalogueHistory.ADMIN.subject());
            insert.setObject(5, timestamp(CatalogueHistory.LIST_CREATED_AT));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                listId = row.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ITEM)) {
            for (CertificateType type : retained) {
                insert.setLong(1, listId);
                insert.setLong(2, ids.get(type.code));
                insert.setString(3, type.code);
                insert.setString(4, type.name);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        progress.count("retention list items", retained.size(), retained.size());
    }

    private void bindType(PreparedStatement insert, TypeHistory history) throws SQLException {
        CertificateType type = history.type();
        boolean abolished = type.status == CertificateTypeStatus.ABOLISHED;
        insert.setString(1, type.code);
        insert.setString(2, type.name);
        insert.setString(3, json.toJson(type.aliases));
        insert.setString(4, type.description);
        insert.setString(5, type.category);
        insert.setString(6, type.issuingLevel.name());
        insert.setString(7, type.responsibleDepartment);
        insert.setString(8, json.toJson(type.legalBases));
        insert.setString(9, json.toJson(type.requiredMaterials));
        setInteger(insert, 10, type.processingLimitDays);
        setInteger(insert, 11, type.validityDays);
        insert.setString(12, json.toJson(type.template));
        insert.setString(13, type.status.name());
        insert.setString(14, abolished ? type.abolitionReason.name() : null);
        insert.setString(15, abolished ? type.abolitionDetail : null);
        insert.setString(16, abolished ? type.abolitionAlternative : null);
        insert.setInt(17, history.reviewRound());
        insert.setBoolean(18, type.illustrative);
        insert.setString(19, type.searchText);
        insert.setLong(20, history.version());
        insert.setObject(21, timestamp(history.createdAt()));
        insert.setObject(22, timestamp(history.updatedAt()));
    }

    private Map<String, Long> idsOf(List<TypeHistory> histories) throws SQLException {
        String[] codes = histories.stream().map(h -> h.type().code).toArray(String[]::new);
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT code, id FROM certificate_type WHERE code = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("varchar", codes));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return ids;
    }

    private static void setInteger(PreparedStatement insert, int index, Integer value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.INTEGER);
        } else {
            insert.setInt(index, value);
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atZone(CatalogueHistory.ZONE).toOffsetDateTime();
    }
}
