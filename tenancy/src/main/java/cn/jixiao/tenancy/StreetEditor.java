package cn.jixiao.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller method's {@link TenantAccess} parameter: the caller must be an editor of a street, the only
 * people who write a street's data ({@link CurrentTenant#streetEditor()}); anyone else gets 403 before the method
 * runs. Without it, the parameter is the caller's access as it is ({@link CurrentTenant#access()}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StreetEditor {
}
