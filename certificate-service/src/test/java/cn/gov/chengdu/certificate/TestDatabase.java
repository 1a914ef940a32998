package cn.gov.chengdu.certificate;

import cn.gov.chengdu.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** One embedded PostgreSQL for every {@code @QuarkusTest} of this module, started once. */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
public final class TestDatabase {
    private TestDatabase() {
    }
}
