/** The CP directory: USER DIRECT source compiled into an H2 database. */
module vm370.directory {
    requires vm370.s370;
    requires java.sql;
    requires com.h2database;
}
