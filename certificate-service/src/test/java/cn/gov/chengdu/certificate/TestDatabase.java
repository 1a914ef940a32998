package cn.gov.chengdu.certificate;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

import cn.gov.chengdu.testing.EmbeddedPostgresResource;

/** One embedded PostgreSQL for every {@code @QuarkusTest} of this module, started once. */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
public final class TestDatabase {
    private TestDatabase() {}
}
