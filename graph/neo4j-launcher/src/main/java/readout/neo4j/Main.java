// Runs Neo4j 5.26 Community embedded, with its Bolt connector on 127.0.0.1 and authentication on (the
// password comes from a file graph/embedded.ts generates), configured defensively, until it is told to stop (SIGTERM/SIGINT, or stdin closing because the Node parent went away). Started by graph/embedded.ts.
package readout.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;

/**
 * Usage: {@code Main --data-dir DIR --port N --password-file FILE [--pagecache-mb N] [--tx-memory-mb N]
 * [--setting name=value]... [--no-stdin-watch]}.
 *
 * <p>Prints exactly one of these lines on stdout, which graph/embedded.ts waits for:
 * {@code NEO4J_READY bolt://127.0.0.1:PORT} once the database accepts Bolt connections, or
 * {@code NEO4J_FAILED <reason>} before exiting with a non-zero status.
 */
public final class Main {
  private static final String HOST = "127.0.0.1";

  public static void main(String[] args) {
    Path dataDir = null;
    int port = 7687;
    long pagecacheMb = 128;
    boolean watchStdin = true;
    Path passwordFile = null;
    long txMemoryMb = 256;
    Map<String, String> extraSettings = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data-dir" -> dataDir = Path.of(args[++i]).toAbsolutePath();
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--pagecache-mb" -> pagecacheMb = Long.parseLong(args[++i]);
        case "--no-stdin-watch" -> watchStdin = false;
        case "--password-file" -> passwordFile = Path.of(args[++i]).toAbsolutePath();
        case "--tx-memory-mb" -> txMemoryMb = Long.parseLong(args[++i]);
        case "--setting" -> {
          String kv = args[++i];
          int eq = kv.indexOf('=');
          if (eq <= 0) fail(2, "--setting wants name=value, not " + kv);
          extraSettings.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        default -> fail(2, "unknown argument " + args[i]);
      }
    }
    if (dataDir == null) fail(2, "--data-dir is required");
    if (passwordFile == null) fail(2, "--password-file is required");
    String password = readPassword(passwordFile);

    // Checked before Neo4j starts because a busy port otherwise surfaces as a long nested stack trace.
    if (!portIsFree(port)) {
      fail(3, "port " + port + " on " + HOST + " is already in use (another Neo4j, or `npm run neo4j` still running?)");
    }
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      fail(4, "cannot create data directory " + dataDir + ": " + e.getMessage());
    }

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(dataDir)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
          // A local dev database: small transaction logs instead of 2 preallocated 256 MiB files (one per database).
          // Retention is bounded by size (db.tx_log.rotation.retention_policy); a checkpoint every 15 s (or 10,000
          // transactions) lets Neo4j prune them during a long import, not only at shutdown. Logs written since the
          // last checkpoint are kept for recovery, so what a long import holds on disk is the retention plus about
          // 15 s of writing: 446 MB at the end of the bench's 5,000-readout import, 661 MB with a checkpoint a
          // minute (a volume threshold, db.checkpoint.interval.volume at 64 MiB, changed nothing here).
          .setConfig(GraphDatabaseSettings.keep_logical_logs, "128M size")
          .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
          .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
          .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofSeconds(15))
          .setConfig(GraphDatabaseSettings.check_point_interval_tx, 10_000)
          // Netty's default quiet periods make every shutdown take ~10 s; a local database needs none.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
          // Defensive settings (README "Security"): LOAD CSV reads no files, only the procedures the app and the
          // console use are loaded, a transaction's memory is capped (a runaway query fails, Neo4j stays up),
          // and a connection that does not authenticate is closed quickly.
          .setConfig(GraphDatabaseSettings.allow_file_urls, false)
          .setConfig(GraphDatabaseSettings.load_csv_file_url_root, dataDir.resolve("no-import"))
          .setConfig(GraphDatabaseSettings.procedure_allowlist, PROCEDURES)
          .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMb))
          .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txMemoryMb * 2))
          .setConfig(BoltConnectorInternalSettings.unsupported_bolt_unauth_connection_timeout, Duration.ofSeconds(10))
          // Last, so they override ours (NEO4J_SETTINGS in graph/embedded.ts); a misspelt name fails the start.
          .setConfig(parsedSettings(extraSettings))
          .build();
    } catch (Throwable t) {
      fail(5, "Neo4j did not start: " + rootMessage(t));
      return;
    }

    // One shutdown path for SIGTERM, SIGINT, stdin EOF and normal exit: the JVM shutdown hook.
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        dbms.shutdown();
      } catch (Throwable t) {
        System.err.println("neo4j-launcher: shutdown error: " + rootMessage(t));
      } finally {
        System.out.println("NEO4J_STOPPED");
        System.out.flush();
        stopped.countDown();
      }
    }, "neo4j-launcher-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(120_000)) fail(6, "database " + db.databaseName() + " did not become available in 120 s");
    setPassword(dbms, password);

    System.out.println("NEO4J_READY bolt://" + HOST + ":" + port);
    System.out.flush();

    if (watchStdin) {
      // The parent keeps our stdin open; EOF means it exited (even by SIGKILL), so no orphan JVM stays behind.
      Thread watcher = new Thread(() -> {
        try (InputStream in = System.in) {
          byte[] buf = new byte[256];
          while (in.read(buf) != -1) {
            // Input is ignored; only the end of the stream matters.
          }
        } catch (IOException ignored) {
          // A broken pipe means the same as EOF.
        }
        System.exit(0);
      }, "neo4j-launcher-stdin");
      watcher.setDaemon(true);
      watcher.start();
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** `--setting name=value` pairs as typed settings; throws IllegalArgumentException on an unknown name or bad value. */
  private static Map<Setting<?>, Object> parsedSettings(Map<String, String> raw) {
    Config parsed = Config.newBuilder().setRaw(raw).build();
    Map<Setting<?>, Object> settings = new HashMap<>();
    for (String name : raw.keySet()) {
      Setting<Object> setting = parsed.getSetting(name);
      settings.put(setting, parsed.get(setting));
    }
    return settings;
  }

  /** dbms.security.procedures.allowlist: the procedures the app and the console use; nothing else is loaded. */
  private static final List<String> PROCEDURES = List.of(
      "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.*", "db.awaitIndex", "db.awaitIndexes",
      "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships", "db.ping");

  /** The password graph/embedded.ts generated into the data directory (one line, at least 16 characters). */
  private static String readPassword(Path file) {
    try {
      String pw = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (pw.length() < 16) fail(2, "the password in " + file + " is shorter than 16 characters");
      return pw;
    } catch (IOException e) {
      fail(2, "cannot read the password file " + file + ": " + e.getMessage());
      return "";
    }
  }

  /** Sets the neo4j user's password (no change required); a password already set is left as it is. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      if (!String.valueOf(rootMessage(e)).contains("Old password and new password cannot be the same")) {
        fail(7, "cannot set the password of user neo4j: " + rootMessage(e));
      }
    }
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
      s.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String top = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
    return root == t ? top : top + " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
  }

  private static void fail(int status, String reason) {
    System.out.println("NEO4J_FAILED " + reason.replace('\n', ' '));
    System.out.flush();
    System.exit(status);
  }
}
