package cn.jixiao.tenancy;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/**
 * Lets every controller of a service take the caller's {@link TenantAccess} as a method argument
 * ({@link TenantAccessArgumentResolver}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class TenantAccessArguments implements WebFluxConfigurer {

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(new TenantAccessArgumentResolver());
    }

    /** The caller's access comes from the token, never from the request: the API documents don't list it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.utils.SpringDocUtils")
    static class HiddenFromApiDocuments {
        static {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(TenantAccess.class);
        }
    }
}
