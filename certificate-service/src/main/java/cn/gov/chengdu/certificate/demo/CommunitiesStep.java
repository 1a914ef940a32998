package cn.gov.chengdu.certificate.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;

import cn.gov.chengdu.certificate.community.CommunityLevel;

/** Villages and communities of several Chengdu districts ({@code demo/communities.json}); existing codes are kept. */
@ApplicationScoped
public class CommunitiesStep implements DemoDataStep {

    /** One line of the file; {@code illustrative} is always true: real place names, used as examples. */
    public record DemoCommunity(
            String code, String name, String district, CommunityLevel level, boolean illustrative) {}

    static final String FILE = "communities.json";

    private final DemoFiles files;

    public CommunitiesStep(DemoFiles files) {
        this.files = files;
    }

    @Override
    public String name() {
        return "communities";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public int load(Connection connection, DemoDataProgress progress) throws SQLException {
        List<DemoCommunity> communities = files.read(FILE, new TypeReference<List<DemoCommunity>>() {});
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO community (code, name, district, level) VALUES (?, ?, ?, ?) ON CONFLICT (code) DO NOTHING")) {
            for (DemoCommunity community : communities) {
                insert.setString(1, community.code());
                insert.setString(2, community.name());
                insert.setString(3, community.district());
                insert.setString(4, community.level().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        progress.count("communities", communities.size(), communities.size());
        return communities.size();
    }
}
