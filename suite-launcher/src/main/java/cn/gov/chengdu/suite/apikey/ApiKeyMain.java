package cn.gov.chengdu.suite.apikey;

import java.nio.file.Files;

import cn.gov.chengdu.suite.SuiteHome;

/**
 * {@code ./suite apikey}: prints the demo integrator's API key, alone on stdout, making it on first use. Like
 * {@code ./suite token}, the script runs this class straight from {@code suite-launcher.jar} (JDK classes only).
 */
public final class ApiKeyMain {

    static final String USAGE = """
            usage: ./suite apikey
              prints the demo integrator's API key (send it as X-API-Key to the gateway), making it on first use""";

    private ApiKeyMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.err.println("suite apikey: unexpected argument '" + args[0] + "'");
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SuiteHome home = SuiteHome.fromSystemProperty();
        try {
            boolean existed = Files.exists(home.demoApiKey());
            System.out.println(DemoApiKey.ensure(home.demoApiKey(), home.gatewayApiKeys()));
            if (!existed && Files.exists(home.pidFile("gateway"))) {
                System.err.println("suite apikey: this key is new; if the gateway is running, restart it so that it "
                        + "reads the key (./suite stop gateway && ./suite start gateway)");
            }
        } catch (RuntimeException e) {
            System.err.println("suite apikey: " + e.getMessage());
            System.exit(1);
        }
    }
}
