package cn.gov.chengdu.certificate.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.chengdu.certificate.type.AbolitionReason;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;
import cn.gov.chengdu.certificate.type.StoredLegalBasis;
import cn.gov.chengdu.certificate.type.StoredTemplate;

/** The demo data files as they are checked in, and the rules that guard them. */
class DemoCatalogueTest {

    /** The 2020 list (民发〔2020〕20号), in its order, as DESIGN §10 names it. */
    static final List<String> NATIONAL_NAMES = List.of(
            "亲属关系证明",
            "居民身份信息证明",
            "户口登记项目变更更正证明",
            "犬类登记证明",
            "无犯罪记录证明",
            "社区戒毒社区康复情况证明",
            "失踪人员证明",
            "婚姻状况证明",
            "出生证明",
            "健在证明",
            "死亡证明",
            "疾病证明",
            "残疾证明",
            "婚育证明",
            "就业创业证明",
            "人事档案证明",
            "财产证明",
            "继承权证明",
            "经营场所证明",
            "遗失证明");

    private final DemoFiles files = new DemoFiles(new ObjectMapper());
    private final List<CertificateType> types = new DemoCatalogue(files).read();

    @Test
    void theFilesHoldTheSourcesFiguresAndKeepEveryRule() {
        assertEquals(List.of(), DemoCatalogueRules.problems(types));
        assertEquals(313, types.size());
        assertEquals(
                15,
                types.stream()
                        .filter(t -> t.status == CertificateTypeStatus.RETAINED)
                        .count());
        assertEquals(
                298,
                types.stream()
                        .filter(t -> t.status == CertificateTypeStatus.ABOLISHED)
                        .count());
    }

    @Test
    void codesFollowTheDocumentedScheme() {
        List<String> expected = new ArrayList<>();
        IntStream.rangeClosed(1, 15).forEach(i -> expected.add("CD-R%02d".formatted(i)));
        IntStream.rangeClosed(1, 20).forEach(i -> expected.add("MCA2020-%02d".formatted(i)));
        IntStream.rangeClosed(1, 278).forEach(i -> expected.add("CD-A%03d".formatted(i)));
        assertEquals(expected, types.stream().map(t -> t.code).toList());
    }

    @Test
    void theTwentyNationalCertificatesAreRealAbolishedAndSayWhatToDoInstead() {
        List<CertificateType> national =
                types.stream().filter(t -> t.code.startsWith("MCA2020-")).toList();
        assertEquals(NATIONAL_NAMES, national.stream().map(t -> t.name).toList());
        assertTrue(national.stream()
                .allMatch(t -> !t.illustrative
                        && t.status == CertificateTypeStatus.ABOLISHED
                        && !t.aliases.isEmpty()
                        && t.abolitionDetail.contains("民发〔2020〕20号")));
        assertTrue(national.get(0).aliases.containsAll(List.of("亲属证明", "直系亲属关系证明")));
        assertTrue(national.get(9).aliases.contains("活着证明"));
        assertTrue(national.get(3).aliases.contains("养犬证明"));
        assertTrue(
                types.stream().filter(t -> !t.code.startsWith("MCA2020-")).allMatch(t -> t.illustrative),
                "everything not from a source is marked illustrative");
    }

    @Test
    void mostAbolishedTypesHadNoLegalBasisAndSomeWereRejectedInReview() {
        long noBasis = types.stream()
                .filter(t -> t.abolitionReason == AbolitionReason.NO_LEGAL_BASIS)
                .count();
        long rejected = types.stream()
                .filter(t -> t.abolitionReason == AbolitionReason.REJECTED_IN_REVIEW)
                .count();
        assertTrue(noBasis > 149, "most: " + noBasis);
        assertTrue(rejected >= 10 && rejected < 20, "some: " + rejected);
    }

    @Test
    void communitiesAreVillagesAndCommunitiesOfSeveralDistricts() {
        List<CommunitiesStep.DemoCommunity> communities =
                files.read(CommunitiesStep.FILE, new TypeReference<List<CommunitiesStep.DemoCommunity>>() {});
        assertTrue(communities.size() >= 12 && communities.size() <= 16);
        assertTrue(communities.stream()
                        .map(CommunitiesStep.DemoCommunity::district)
                        .distinct()
                        .count()
                >= 6);
        assertEquals(
                2,
                communities.stream()
                        .map(CommunitiesStep.DemoCommunity::level)
                        .distinct()
                        .count());
        assertTrue(
                communities.stream().allMatch(c -> c.illustrative() && c.code().matches("[A-Z][A-Z0-9_-]{1,31}")));
        assertTrue(communities.stream().anyMatch(c -> c.district().equals("郫都区")));
    }

    @Test
    void rulesReportAnUndeclaredPlaceholderAnUnusedFieldAndAMissingLegalBasis() {
        assertProblem(
                t -> t.template =
                        new StoredTemplate(t.template.title(), t.template.body() + "{{purpose}}", t.template.fields()),
                "{{purpose}} is neither a field nor a standard one");
        assertProblem(
                t -> t.template = new StoredTemplate(t.template.title(), "{{applicantName}}", t.template.fields()),
                "does not appear in the template body");
        assertProblem(t -> t.legalBases = new ArrayList<>(), "needs at least one legal basis");
    }

    @Test
    void rulesReportDuplicateSpellingsAndReasonsThatDoNotFitTheHistory() {
        List<CertificateType> broken = new DemoCatalogue(files).read();
        broken.get(20).aliases.add(broken.get(0).name);
        broken.get(40).abolitionReason = AbolitionReason.REJECTED_IN_REVIEW;
        broken.get(41).abolitionReason = AbolitionReason.REMOVED_FROM_LIST;
        broken.get(42).legalBases = new ArrayList<>(List.of(new StoredLegalBasis("《某法》", null, null)));
        String problems = String.join("\n", DemoCatalogueRules.problems(broken));
        assertTrue(problems.contains("is also CD-R01's"), problems);
        assertTrue(problems.contains(broken.get(40).code + ": only types rejected in the review"), problems);
        assertTrue(problems.contains(broken.get(41).code + ": must be RETAINED or ABOLISHED"), problems);
        assertTrue(problems.contains(broken.get(42).code + ": only types rejected in the review"), problems);
    }

    @Test
    void aCatalogueMissingATypeAndAMissingFileAreRefused() {
        List<CertificateType> oneShort = new ArrayList<>(types);
        oneShort.remove(oneShort.size() - 1);
        assertTrue(DemoCatalogueRules.problems(oneShort).get(0).startsWith("expected 313 types"));
        assertThrows(
                IllegalStateException.class, () -> files.read("missing.json", new TypeReference<List<String>>() {}));
    }

    private void assertProblem(Consumer<CertificateType> breakRetained, String expected) {
        List<CertificateType> broken = new DemoCatalogue(files).read();
        breakRetained.accept(broken.get(0));
        List<String> problems = DemoCatalogueRules.problems(broken);
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("CD-R01") && p.contains(expected)), problems.toString());
    }
}
