package cn.jixiao.problems;

import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

import org.springframework.validation.FieldError;

/**
 * Explains a failed field in Chinese and in English. Hibernate Validator ships both translations of
 * its standard messages; this asks for each language explicitly instead of depending on the server's
 * default locale.
 */
public class ValidationMessages {

    private final MessageInterpolator interpolator = new ResourceBundleMessageInterpolator();

    public ProblemHandling.FieldProblem describe(FieldError error) {
        String message = error.contains(ConstraintViolation.class)
                ? describe(error.unwrap(ConstraintViolation.class))
                : error.getDefaultMessage();
        return new ProblemHandling.FieldProblem(error.getField(), message, error.getRejectedValue());
    }

    /** The message of one failed constraint, in both languages. */
    public String describe(ConstraintViolation<?> violation) {
        MessageInterpolator.Context context = new ViolationContext(violation);
        String template = violation.getMessageTemplate();
        return Bilingual.of(interpolator.interpolate(template, context, Locale.SIMPLIFIED_CHINESE),
                interpolator.interpolate(template, context, Locale.ENGLISH)).combined();
    }

    private record ViolationContext(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return violation.unwrap(type);
        }
    }
}
