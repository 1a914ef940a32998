package cn.gov.chengdu.suite.command;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Optional;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.Settings;
import cn.gov.chengdu.suite.SuiteHome;
import cn.gov.chengdu.suite.apikey.DemoApiKey;
import cn.gov.chengdu.suite.db.DbSecrets;
import cn.gov.chengdu.suite.keys.CertificateSigningKeys;
import cn.gov.chengdu.suite.keys.JwtKeys;
import cn.gov.chengdu.suite.keys.KeyFiles;
import cn.gov.chengdu.suite.process.LaunchPlan;
import cn.gov.chengdu.suite.process.PartLauncher;
import cn.gov.chengdu.suite.process.PartStarter;
import cn.gov.chengdu.suite.process.PartStatus;
import cn.gov.chengdu.suite.process.Postmaster;
import cn.gov.chengdu.suite.process.ReadinessProbe;
import cn.gov.chengdu.suite.process.ReadinessWaiter;
import cn.gov.chengdu.suite.process.SuiteProcesses;
import cn.gov.chengdu.suite.process.SuiteStopper;

/** The objects one command works with, wired once. */
final class SuiteContext {

    final SuiteHome home;
    final Settings settings;
    final PrintStream out;
    final SuiteProcesses processes;
    final PartLauncher launcher;
    final SuiteStopper stopper;
    final PartStarter starter;
    final ReadinessProbe probe;
    private DbSecrets secrets;

    SuiteContext(SuiteHome home, Settings settings, PrintStream out) {
        this.home = home;
        this.settings = settings;
        this.out = out;
        KeyFiles.createPrivateDirectory(home.state());
        this.processes = new SuiteProcesses(home);
        LaunchPlan plan = LaunchPlan.forThisJvm(home, settings, processes, this::secrets);
        this.launcher = new PartLauncher(home, processes, plan);
        this.stopper = new SuiteStopper(home, processes, out);
        this.probe = new ReadinessProbe(settings, () -> secrets().superuserPassword());
        this.starter = new PartStarter(settings, processes, launcher, new ReadinessWaiter(home, settings, probe, out),
                probe, stopper, this::secrets, out);
    }

    /** Keys and passwords the parts need, made on first use. */
    void prepareSecrets() {
        JwtKeys.loadOrCreate(home.jwtPrivateKey(), home.jwtPublicKey());
        CertificateSigningKeys.ensure(home.certificateSigningKeys(), LocalDate.now());
        DemoApiKey.ensure(home.demoApiKey(), home.gatewayApiKeys());
        if (settings.embeddedDatabase()) {
            secrets();
        }
    }

    synchronized DbSecrets secrets() {
        if (secrets == null) {
            secrets = DbSecrets.forEmbeddedDatabase(home.dbSecrets());
        }
        return secrets;
    }

    /** What {@code status} shows for a part right now. */
    PartStatus status(Part part) {
        int port = settings.port(part);
        if (part == Part.POSTGRES && !settings.embeddedDatabase()) {
            return new PartStatus(part, PartStatus.EXTERNAL, port, Optional.empty(), Optional.empty());
        }
        Optional<ProcessHandle> process = processes.find(part);
        if (process.isPresent()) {
            String state = probe.isReady(part) ? PartStatus.UP : PartStatus.NOT_READY;
            return new PartStatus(part, state, port, Optional.of(process.get().pid()), Optional.empty());
        }
        if (part == Part.POSTGRES) {
            Optional<ProcessHandle> postmaster = Postmaster.find(home.pgData());
            if (postmaster.isPresent()) {
                return new PartStatus(part, PartStatus.LEFT_BEHIND, port, Optional.of(postmaster.get().pid()), Optional.empty());
            }
        }
        return new PartStatus(part, PartStatus.DOWN, port, Optional.empty(), Optional.empty());
    }

    String gatewayUrl() {
        return settings.gatewayUrl();
    }
}
