package vn.motcua.bench.runtime;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

import java.util.Map;

/**
 * (c) Flowable 7 embedded: the same procedure as a BPMN process of five user tasks
 * ({@code bench/tham-vieng-mo-liet-si.bpmn20.xml}), on the same MariaDB in a database of its own, with
 * the history level a deployment that must answer "who did what when" runs ({@code audit}: process,
 * activity and task history, variables; not every variable change). Reception starts the process
 * (business key = the dossier's code, the applicant and procedure as variables); each step looks up
 * the dossier's open task and completes it as its user — two engine calls, as a client that does not
 * hold the task id must; the task query is part of the timed step. The engine's defaults otherwise:
 * its own MyBatis connection pool (sized to the workers), its database id generator, no async
 * executor (nothing here is asynchronous or timed).
 */
final class FlowableSteps implements Workload {

    static final String SCHEMA = "motcua_bench_flowable";
    private static final String PROCESS = "thamViengMoLietSi";
    private static final String[] USERS = {"hailang.reception", "hailang.specialist", "hailang.leader",
            "hailang.specialist", "hailang.reception"};

    private final Database db;
    private ProcessEngine engine;

    FlowableSteps(Database db) {
        this.db = db;
    }

    @Override
    public String name() {
        return "(c) Flowable 7.2 embedded";
    }

    @Override
    public String note() {
        return "history level audit; a step = task query + complete";
    }

    @Override
    public void prepare(int maxWorkers) throws java.sql.SQLException {
        try (java.sql.Connection c = db.connect("motcua"); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SCHEMA);  // a fresh start: Flowable creates its tables below
        }
        // Flowable checks its tables through the connection's catalog; without nullCatalogMeansCurrent
        // it may look at other databases of the server
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setJdbcUrl(db.url(SCHEMA) + "&nullCatalogMeansCurrent=true");
        config.setJdbcUsername(db.user());
        config.setJdbcPassword(db.password());
        config.setJdbcDriver("com.mysql.cj.jdbc.Driver");
        config.setDatabaseType("mysql");
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setHistoryLevel(HistoryLevel.AUDIT);
        config.setAsyncExecutorActivate(false);
        config.setJdbcMaxActiveConnections(maxWorkers + 2);
        config.setJdbcMaxIdleConnections(maxWorkers + 2);
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .name("Thăm viếng mộ liệt sĩ")
                .addClasspathResource("bench/tham-vieng-mo-liet-si.bpmn20.xml")
                .deploy();
    }

    @Override
    public Worker worker(int index) {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        return (number, recorder) -> {
            String code = "000.00.23.H50-261202-" + number;
            String[] process = new String[1];
            recorder.commit(0, () -> {
                Authentication.setAuthenticatedUserId(USERS[0]);
                process[0] = runtime.startProcessInstanceByKey(PROCESS, code, Map.of(
                        "procedure", "Thăm viếng mộ liệt sĩ", "applicantName", "Nguyễn Thị Hoa", "channel", "IN_PERSON",
                        "tenant", "hai-lang")).getId();
            });
            for (int step = 0; step < USERS.length; step++) {
                String user = USERS[step];
                recorder.commit(step + 1, () -> {
                    Authentication.setAuthenticatedUserId(user);
                    Task task = tasks.createTaskQuery().processInstanceId(process[0]).singleResult();
                    tasks.complete(task.getId());
                });
            }
            Authentication.setAuthenticatedUserId(null);
            recorder.dossierDone();
        };
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
        }
    }
}
