package org.dispatchregister.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dispatchregister.common.RegisterConfig;

/** Institution details for the layout and printed headers: {inject:app.institutionName}. */
@Named("app")
@ApplicationScoped
public class AppInfo {

    @Inject
    RegisterConfig config;

    public String getInstitutionName() {
        return config.institution().name();
    }

    public String getHeader() {
        return config.institution().header();
    }
}
