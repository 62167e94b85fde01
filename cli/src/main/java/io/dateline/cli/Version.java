package io.dateline.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (the Maven project version), or "development" when run from classes. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Dateline.class.getPackage().getImplementationVersion();
        return new String[] {"dateline " + (version == null ? "development" : version)};
    }
}
