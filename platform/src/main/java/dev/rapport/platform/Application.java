package dev.rapport.platform;

import dev.rapport.platform.config.RapportConfig;
import java.nio.file.Path;

/** Starts Rapport CRM from an installation directory ({@code rapport.home}, default the working directory). */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("rapport.home", "."));
        RapportConfig config = RapportConfig.load(home, System.getenv());
        RapportPlatform platform = RapportPlatform.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "rapport-shutdown"));
        System.out.println();
        System.out.println("Rapport CRM is running at " + platform.url());
        System.out.println();
    }
}
