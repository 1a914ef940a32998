package cn.gov.chengdu.suite.process;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.chengdu.suite.DatabaseTarget;
import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.Settings;
import cn.gov.chengdu.suite.SuiteException;
import cn.gov.chengdu.suite.db.DatabaseBootstrap;
import cn.gov.chengdu.suite.db.DbSecrets;

/**
 * Starts the parts of one stage together and waits until all are ready; parts already up are left alone. Prepares
 * the database its services need: the embedded one once PostgreSQL answers, an external one before its services.
 */
public final class PartStarter {

    private final Settings settings;
    private final SuiteProcesses processes;
    private final PartLauncher launcher;
    private final ReadinessWaiter waiter;
    private final ReadinessProbe probe;
    private final SuiteStopper stopper;
    private final Supplier<DbSecrets> secrets;
    private final PrintStream out;

    public PartStarter(Settings settings, SuiteProcesses processes, PartLauncher launcher, ReadinessWaiter waiter,
                       ReadinessProbe probe, SuiteStopper stopper, Supplier<DbSecrets> secrets, PrintStream out) {
        this.settings = settings;
        this.processes = processes;
        this.launcher = launcher;
        this.waiter = waiter;
        this.probe = probe;
        this.stopper = stopper;
        this.secrets = secrets;
        this.out = out;
    }

    public List<PartStatus> start(List<Part> parts) {
        if (settings.database() instanceof DatabaseTarget.External external && parts.stream().anyMatch(Part::isService)) {
            DatabaseBootstrap.prepareExternal(external, warning -> out.println("Warning: " + warning));
        }
        List<PartStatus> statuses = new ArrayList<>();
        List<LaunchedPart> launched = new ArrayList<>();
        for (Part part : parts) {
            if (part == Part.POSTGRES && !settings.embeddedDatabase()) {
                statuses.add(new PartStatus(part, PartStatus.EXTERNAL, settings.port(part), Optional.empty(), Optional.empty()));
                continue;
            }
            Optional<ProcessHandle> running = processes.find(part);
            if (running.isPresent()) {
                out.println(part.id() + " is already up (pid " + running.get().pid() + ")");
                statuses.add(new PartStatus(part, PartStatus.UP, settings.port(part), Optional.of(running.get().pid()),
                        Optional.empty()));
                continue;
            }
            if (part == Part.POSTGRES) {
                stopper.stopLeftBehindPostmaster();
            }
            requireFreePort(part);
            out.println("Starting " + part.id() + " on " + settings.listenAddress(part) + ":" + settings.port(part));
            launched.add(launcher.launch(part));
        }
        Map<Part, Duration> readyIn = waiter.await(launched);
        for (LaunchedPart part : launched) {
            statuses.add(new PartStatus(part.part(), PartStatus.UP, settings.port(part.part()),
                    Optional.of(part.process().pid()), Optional.of(readyIn.get(part.part()))));
        }
        if (parts.contains(Part.POSTGRES) && settings.database() instanceof DatabaseTarget.Embedded embedded) {
            DatabaseBootstrap.prepareEmbedded(embedded, secrets.get());
        }
        statuses.sort(Comparator.comparingInt(status -> parts.indexOf(status.part())));
        return statuses;
    }

    private void requireFreePort(Part part) {
        if (probe.portInUse(part)) {
            throw new SuiteException("Port " + settings.port(part) + " for " + part.id() + " is taken by a process this "
                    + "suite did not start. Stop it, or choose another port with " + part.portVariable() + "=...");
        }
    }
}
