package run.cadence.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = CadenceCommand.class.getPackage().getImplementationVersion();
        return new String[] {"cadence " + (v == null ? "dev" : v),
                "Java " + System.getProperty("java.version") + ", GPL-3.0-or-later"};
    }
}
