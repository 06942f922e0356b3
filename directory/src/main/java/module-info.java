/** The CP directory: USER DIRECT source compiled into an H2 database, read by CP from an in-memory snapshot. */
module vm370.directory {
    requires transitive vm370.s370;
    requires java.sql;
    requires com.h2database;

    exports vm370.directory;
    exports vm370.directory.model;
}
