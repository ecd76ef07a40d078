package eu.medi4sec.hub.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the demo data is still being seeded (or if seeding failed), so that browser tests wait for it. */
@Readiness
@ApplicationScoped
class DemoDataReadiness implements HealthCheck {

    private final DemoData demoData;

    DemoDataReadiness(DemoData demoData) {
        this.demoData = demoData;
    }

    @Override
    public HealthCheckResponse call() {
        DemoData.State state = demoData.state();
        return HealthCheckResponse.named("demo-data")
                .status(state == DemoData.State.READY)
                .withData("state", state.name())
                .build();
    }
}
