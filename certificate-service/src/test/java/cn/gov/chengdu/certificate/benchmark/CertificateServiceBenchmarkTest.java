package cn.gov.chengdu.certificate.benchmark;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import cn.gov.chengdu.certificate.CertificateFixtures;
import cn.gov.chengdu.certificate.community.CommunityLevel;
import cn.gov.chengdu.certificate.request.RequestCalls;
import cn.gov.chengdu.certificate.type.IssuingLevel;
import cn.gov.chengdu.testing.TestTokens;

/**
 * The two figures, measured over HTTP on the running service with a real PostgreSQL:
 * <ol>
 * <li>lookup latency (p50/p95/p99) over a catalogue of 10,000 types, sequential requests of mixed inputs
 * (whole names, 2-4 character fragments, aliases);</li>
 * <li>verification throughput by token, as a ratio to {@code /q/health/live} in the same run and with the same
 * client (4 concurrent callers), so machine noise cancels out.</li>
 * </ol>
 * Opt-in (tag {@code benchmark}): {@code ./mvnw -B verify -pl certificate-service -am -Pbenchmark}. Runs in its
 * own schema. Writes {@code target/benchmarks/certificate-service.md}.
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(CertificateServiceBenchmarkTest.OwnSchema.class)
class CertificateServiceBenchmarkTest {

    public static class OwnSchema implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.flyway.schemas",
                    "certificate_bench",
                    "quarkus.hibernate-orm.database.default-schema",
                    "certificate_bench",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema",
                    "certificate_bench,public",
                    "quarkus.log.category.\"io.quarkus.http.access-log\".level",
                    "WARN");
        }
    }

    private static final int TYPES = 10_000;
    private static final int LOOKUPS = 2_000;
    private static final int WARM_UP = 500;
    private static final int CALLERS = 4;
    private static final int THROUGHPUT_CALLS = 4_000;

    private static final String[] SUBJECTS = ("亲属关系 居住 收入 婚姻状况 出生 死亡 健在 就业 房产 宅基地 低保 残疾 独生子女 计划生育 户籍 学籍 "
                    + "务工 监护 赡养 抚养 土地承包 经营场所 遗失 无犯罪 社区矫正 养犬 租赁 家庭经济 困难 救助 医疗 入学 迁移 分户 门牌 "
                    + "水电 燃气 车辆 驾驶 兵役 优抚 退役 殡葬 火化 墓地 林权 渔船 农机 种植 养殖 合作社 用工 工伤 社保 公积金 贷款 担保 纳税 捐赠")
            .split(" ");
    private static final String[] QUALIFIERS = ("家庭 个人 直系 实际 临时 长期 农村 城镇 集体 困难群众 老年人 未成年人 外来人员 流动人口 "
                    + "村民 居民 职工 学生 军属 烈属 孤寡 单亲 重点 一般 首次 补办 变更 注销 延续 年度")
            .split(" ");
    private static final String[] SUFFIXES = "证明 情况证明 关系证明 登记证明 确认证明 核实证明".split(" ");

    @Inject
    CertificateFixtures fixtures;

    @TestHTTPResource("/")
    URL base;

    @Test
    void lookupLatencyAndVerificationThroughput() throws Exception {
        List<String> names = catalogue();
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        List<Query> queries = queries(names, new Random(7));
        for (int i = 0; i < WARM_UP; i++) {
            send(client, lookup(queries.get(i % queries.size()).text()));
        }
        long[] nanos = new long[LOOKUPS];
        Map<String, List<Long>> byKind = new java.util.TreeMap<>();
        for (int i = 0; i < LOOKUPS; i++) {
            Query query = queries.get(i % queries.size());
            HttpRequest request = lookup(query.text());
            long start = System.nanoTime();
            send(client, request);
            nanos[i] = System.nanoTime() - start;
            byKind.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(nanos[i]);
        }
        Arrays.sort(nanos);
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((kind, samples) -> {
            long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
            kinds.append("| lookup p50 / p95 (ms), ")
                    .append(kind)
                    .append(" | ")
                    .append("%.2f / %.2f".formatted(ms(sorted, 0.50), ms(sorted, 0.95)))
                    .append(" |\n");
        });

        String token = certificateToken();
        HttpRequest verification = HttpRequest.newBuilder(base.toURI().resolve("/api/v1/certificate-verifications"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}"))
                .build();
        HttpRequest live = HttpRequest.newBuilder(base.toURI().resolve("/q/health/live"))
                .GET()
                .build();
        String verified = send(client, verification);
        assertEquals(true, verified.contains("\"VALID\""), verified);
        throughput(client, live, THROUGHPUT_CALLS / 4);
        throughput(client, verification, THROUGHPUT_CALLS / 4);
        double liveRate = throughput(client, live, THROUGHPUT_CALLS);
        double verifyRate = throughput(client, verification, THROUGHPUT_CALLS);

        String report = """
                ## certificate-service (%s)

                | measure | value |
                |---|---|
                | catalogue size | %d types |
                | lookup p50 / p95 / p99 / max (ms), %d sequential requests after %d warm-up | %.2f / %.2f / %.2f / %.2f |
                %s| verification by token, %d callers | %.0f req/s |
                | `/q/health/live`, same client and callers | %.0f req/s |
                | verification / health-live ratio | %.3f |
                """.formatted(
                        LocalDate.now(),
                        TYPES,
                        LOOKUPS,
                        WARM_UP,
                        ms(nanos, 0.50),
                        ms(nanos, 0.95),
                        ms(nanos, 0.99),
                        nanos[nanos.length - 1] / 1e6,
                        kinds,
                        CALLERS,
                        verifyRate,
                        liveRate,
                        verifyRate / liveRate);
        Path out = Path.of("target", "benchmarks", "certificate-service.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    /** 10,000 types, 15 retained and the rest abolished, like the real catalogue's shape, each with an alias. */
    private List<String> catalogue() {
        List<String> names = new ArrayList<>(TYPES);
        outer:
        for (String subject : SUBJECTS) {
            for (String qualifier : QUALIFIERS) {
                for (String suffix : SUFFIXES) {
                    names.add(qualifier + subject + suffix);
                    if (names.size() == TYPES) {
                        break outer;
                    }
                }
            }
        }
        fixtures.bulkCatalogue(
                "BENCH",
                names,
                names.stream().map(name -> name.replace("证明", "证")).toList(),
                667);
        return names;
    }

    private record Query(String kind, String text) {}

    /** Whole names, their first four characters, 2-4 character fragments and alias wordings, in equal parts. */
    private static List<Query> queries(List<String> names, Random random) {
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String name = names.get(random.nextInt(names.size()));
            switch (i % 4) {
                case 0 -> queries.add(new Query("whole name", name));
                case 1 -> queries.add(new Query("first 4 characters", name.substring(0, Math.min(name.length(), 4))));
                case 2 -> {
                    int from = random.nextInt(Math.max(1, name.length() - 2));
                    queries.add(new Query(
                            "2-4 character fragment",
                            name.substring(from, Math.min(name.length(), from + 2 + random.nextInt(3)))));
                }
                default -> queries.add(new Query("alias wording", name.replace("证明", "证")));
            }
        }
        return queries;
    }

    private HttpRequest lookup(String q) {
        return HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + "/api/v1/certificate-types/lookup?q="
                                + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .GET()
                .build();
    }

    private String certificateToken() {
        String community = fixtures.community(CommunityLevel.COMMUNITY);
        String type = fixtures.retainedType(IssuingLevel.ANY, 365);
        String citizen = TestTokens.citizen("bench-citizen");
        String number = RequestCalls.issuedCertificate(citizen, type, community);
        return given().auth()
                .oauth2(citizen)
                .get("/api/v1/certificates/" + number)
                .then()
                .statusCode(200)
                .extract()
                .path("token");
    }

    private static double throughput(HttpClient client, HttpRequest request, int calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        AtomicInteger remaining = new AtomicInteger(calls);
        try {
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                workers.add(pool.submit(() -> {
                    while (remaining.getAndDecrement() > 0) {
                        send(client, request);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return calls / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
