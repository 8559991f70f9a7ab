package dev.ryugaku.persistence.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when nobody configured a database: then the embedded one is started. */
public class NoDataSourceUrlConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEmbedded(context.getEnvironment().getProperty("spring.datasource.url"));
    }

    public static boolean isEmbedded(String dataSourceUrl) {
        return !StringUtils.hasText(dataSourceUrl);
    }
}
