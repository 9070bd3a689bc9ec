package io.partnerhub.kit.web;

import io.partnerhub.kit.security.CallerArgumentResolver;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Problem details for every error — from controllers, from the error page, from the security
 * firewall and from Tomcat itself —, the {@code Caller} controller parameter, and the correlation
 * id filter (first in the chain, before security, so even a 401 is logged with it).
 */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class KitWebAutoConfiguration {

    @Bean
    ProblemHandler partnerhubProblemHandler() {
        return new ProblemHandler();
    }

    @Bean
    WebMvcConfigurer partnerhubCallerResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    @Bean
    ProblemErrorController partnerhubErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    ProblemRequestRejectedHandler partnerhubRequestRejectedHandler() {
        return new ProblemRequestRejectedHandler();
    }

    /**
     * Registered last, so it replaces the error report valve Spring Boot's own customizer adds to the
     * host; and the connector that lingers before closing on an error, so the client reads its problem.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> partnerhubTomcatErrorReport() {
        return new OrderedTomcatCustomizer();
    }

    static final class OrderedTomcatCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
            Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.setProtocol(LingeringHttp11NioProtocol.class.getName());
            factory.addContextCustomizers(context -> {
                Pipeline host = context.getParent().getPipeline();
                for (Valve valve : host.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.removeValve(valve);
                    }
                }
                host.addValve(new ProblemErrorReportValve());
                if (context.getParent() instanceof StandardHost standardHost) {
                    standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> partnerhubCorrelationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
