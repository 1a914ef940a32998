package cn.gov.chengdu.schedule.department;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.chengdu.testing.HttpContractTest;
import io.quarkus.test.junit.QuarkusTest;

/** schedule-service keeps the suite's HTTP contract, tried on the department registry. */
@QuarkusTest
class DepartmentHttpContractTest extends HttpContractTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Override
    protected String collectionPath() {
        return "/api/v1/departments";
    }

    @Override
    protected Map<String, Object> newResourceBody() {
        return Map.of("code", "HTTP_" + SEQUENCE.incrementAndGet(), "name", "契约测试局", "pilot", false);
    }

    @Override
    protected String resourcePath(Map<String, Object> createBody) {
        return "/api/v1/departments/" + createBody.get("code");
    }

    @Override
    protected Map<String, Object> updateBody(int round) {
        return Map.of("name", "契约测试局（第" + round + "版）", "pilot", round % 2 == 0);
    }

    @Override
    protected List<String> requiredFields() {
        return List.of("code", "name", "pilot");
    }

    @Override
    protected String conflictCodeOnDuplicate() {
        return "DEPARTMENT_EXISTS";
    }
}
