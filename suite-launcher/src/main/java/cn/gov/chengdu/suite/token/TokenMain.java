package cn.gov.chengdu.suite.token;

import java.time.Instant;
import java.util.List;

import cn.gov.chengdu.suite.SuiteHome;
import cn.gov.chengdu.suite.UsageException;
import cn.gov.chengdu.suite.keys.JwtKeys;

/**
 * {@code ./suite token}: prints one signed token, alone on stdout. The script runs this class straight from
 * {@code suite-launcher.jar} (JDK classes only, no zonky, no JDBC) with quick-start JVM flags.
 */
public final class TokenMain {

    private TokenMain() {
    }

    public static void main(String[] args) {
        TokenRequest request;
        try {
            request = TokenRequest.parse(List.of(args));
        } catch (UsageException e) {
            System.err.println("suite token: " + e.getMessage());
            System.err.println(TokenRequest.USAGE);
            System.exit(2);
            return;
        }
        SuiteHome home = SuiteHome.fromSystemProperty();
        try {
            JwtSigner signer = new JwtSigner(JwtKeys.loadOrCreate(home.jwtPrivateKey(), home.jwtPublicKey()));
            System.out.println(signer.sign(request, Instant.now()));
        } catch (RuntimeException e) {
            System.err.println("suite token: " + e.getMessage());
            System.exit(1);
        }
    }
}
