package cn.gov.chengdu.petition.category;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.chengdu.testing.HttpContractTest;
import io.quarkus.test.junit.QuarkusTest;

/** petition-service keeps the suite's HTTP contract, tried on petition categories. */
@QuarkusTest
class PetitionCategoryHttpContractTest extends HttpContractTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Override
    protected String collectionPath() {
        return "/api/v1/petition-categories";
    }

    @Override
    protected Map<String, Object> newResourceBody() {
        return Map.of("code", "HTTP_" + SEQUENCE.incrementAndGet(), "name", "交通出行", "departmentCode", "TRANSPORT",
                "deadlineWorkingDays", 10);
    }

    @Override
    protected String resourcePath(Map<String, Object> createBody) {
        return "/api/v1/petition-categories/" + createBody.get("code");
    }

    @Override
    protected Map<String, Object> updateBody(int round) {
        return Map.of("name", "交通出行（第" + round + "版）", "departmentCode", "TRANSPORT", "deadlineWorkingDays",
                1 + round % 30);
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("code", "name", "departmentCode", "deadlineWorkingDays");
    }

    @Override
    protected String conflictCodeOnDuplicate() {
        return "PETITION_CATEGORY_EXISTS";
    }
}
