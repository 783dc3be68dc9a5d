package se.finsam.uppfoljning.devstack;

/**
 * The JDBC pool and resource the application looks up as {@code jdbc/uppfoljning}. Connections are
 * validated before use and the whole pool is dropped on a failure, so a restarted database is used
 * again without restarting the application; at most once per 2 s per connection, because Payara
 * loads the validation class and runs a query on every checkout, which a profile of a report read
 * showed as a fifth of the request. A restart is still noticed within seconds. Sized for two cores: more connections than a few per
 * core only make PostgreSQL and the application switch between them (raise it with the cores).
 */
public final class PayaraPool {

    private PayaraPool() {
    }

    public static String commands(String host, int port, String database, String user, String password) {
        return String.join("\n",
                "create-jdbc-connection-pool --datasourceclassname=org.postgresql.ds.PGSimpleDataSource"
                        + " --restype=javax.sql.DataSource"
                        + " --isconnectvalidatereq=true --validationmethod=custom-validation"
                        + " --validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation"
                        + " --failconnection=true --validateatmostonceperiod=2 --steadypoolsize=8 --maxpoolsize=16 --maxwait=10000"
                        + " --property serverName=" + host + ":portNumber=" + port + ":databaseName=" + database
                        + ":user=" + user + ":password=" + password + " uppfoljning-pool",
                "create-jdbc-resource --connectionpoolid=uppfoljning-pool jdbc/uppfoljning",
                "");
    }
}
