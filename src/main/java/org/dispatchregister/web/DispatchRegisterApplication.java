package org.dispatchregister.web;

import jakarta.ws.rs.core.Application;

import io.smallrye.common.annotation.Blocking;

/**
 * Every endpoint of this app reads or writes the database through Hibernate, which blocks:
 * run them all on worker threads, including those that return a TemplateInstance.
 */
@Blocking
public class DispatchRegisterApplication extends Application {
}
