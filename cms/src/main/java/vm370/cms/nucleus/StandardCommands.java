package vm370.cms.nucleus;

/**
 * The CMS command table as IPL builds it: one line per command with its shortest abbreviation.
 * Other packages of CMS add their commands here, one line each.
 */
final class StandardCommands {

    private StandardCommands() {
    }

    static CommandTable table() {
        ProgramSupport programs = new ProgramSupport();
        return new CommandTable()
                .add("ACCESS", "ACC", DiskCommands::access)
                .add("RELEASE", "REL", DiskCommands::release)
                .add("FORMAT", "FORMAT", DiskCommands::format)
                .add("LISTFILE", "L", FileCommands::listFile)
                .add("TYPE", "T", FileCommands::type)
                .add("ERASE", "ER", FileCommands::erase)
                .add("RENAME", "REN", FileCommands::rename)
                .add("STATE", "ST", FileCommands::state)
                .add("ESTATE", "EST", FileCommands::state)
                .add("COPYFILE", "COPY", CopyFile::run)
                .add("EXEC", "EX", SessionCommands::exec)
                .add("CP", "CP", SessionCommands::cp)
                .add("SET", "SET", SessionCommands::set)
                .add("QUERY", "Q", programs.query(SessionCommands::query))
                .add("MAKEBUF", "MAKEBUF", SessionCommands::makeBuffer)
                .add("DROPBUF", "DROPBUF", SessionCommands::dropBuffer)
                .add("DESBUF", "DESBUF", SessionCommands::dropAllBuffers)
                .add("SENTRIES", "SENTRIES", SessionCommands::stackEntries)
                .add("EDIT", "E", Editor::run)
                .add("XEDIT", "X", FullScreenCommands::xedit)
                .add("FILELIST", "FILEL", FullScreenCommands::fileList)
                .add("PUNCH", "PU", SpoolCommands::punch)
                .add("PRINT", "PRI", SpoolCommands::print)
                .add("READCARD", "READ", SpoolCommands::readCard)
                .add("SENDFILE", "SENDF", SpoolCommands::sendFile)
                .add("RECEIVE", "RECEIVE", SpoolCommands::receive)
                .add("PEEK", "PEEK", SpoolCommands::peek)
                .add("RDRLIST", "RDRL", FullScreenCommands::readerList)
                .add("TELL", "TELL", SpoolCommands::tell)
                .add("NOTE", "NOTE", Note::run)
                .add("DISK", "DISK", DiskDump::run)
                .add("ASSEMBLE", "ASSEMBLE", programs.command("ASSEMBLE"))
                .add("GENMOD", "GENMOD", programs.command("GENMOD"))
                .add("GLOBAL", "GLOBAL", programs.command("GLOBAL"))
                .add("INCLUDE", "INCLUDE", programs.command("INCLUDE"))
                .add("LOAD", "LOAD", programs.command("LOAD"))
                .add("LOADMOD", "LOADMOD", programs.command("LOADMOD"))
                .add("MACLIB", "MACLIB", programs.command("MACLIB"))
                .add("RUN", "RUN", programs.command("RUN"))
                .add("START", "START", programs.command("START"))
                .add("TXTLIB", "TXTLIB", programs.command("TXTLIB"))
                .modules(programs::runModule);
    }
}
