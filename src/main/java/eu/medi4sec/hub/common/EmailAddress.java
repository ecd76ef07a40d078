package eu.medi4sec.hub.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * The one rule for every email address the app stores (registration, invitations, CSV import,
 * accounts): a plain {@code local@domain} with no spaces or control characters, and never starting with
 * a character a spreadsheet reads as a formula (=, +, -, @), since addresses end up in CSV files.
 * Null and blank pass (use @NotBlank), so one bad value gives one violation.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EmailAddress.Check.class)
public @interface EmailAddress {

    String message() default "This is not a valid email address.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<EmailAddress, String> {
        private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
        private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
        private static final Pattern ADDRESS =
                Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")*");
        private static final String FORMULA_STARTS = "=+-@\t\r";

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            if (FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("An email address cannot start with =, +, - or @.")
                        .addConstraintViolation();
                return false;
            }
            int at = value.lastIndexOf('@');
            return value.length() <= 254
                    && at > 0
                    && at <= 64
                    && ADDRESS.matcher(value).matches();
        }
    }
}
