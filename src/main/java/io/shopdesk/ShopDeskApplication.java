package io.shopdesk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import io.shopdesk.engine.EvaluationCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * ShopDesk: one shared runtime that answers the customers of every merchant (tenant), and the Vaadin console in
 * which merchants, trainers, agents and platform staff work. Also the Vaadin application shell: Lumo plus our own
 * styles, served from {@code frontend/} without any Node build.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("console/shopdesk.css")
public class ShopDeskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && "eval".equals(args[0])) {
            // The evaluation command runs the matching library alone: no Spring, no database, no web server.
            System.exit(EvaluationCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(ShopDeskApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "console/favicon.svg", "any");
    }
}
