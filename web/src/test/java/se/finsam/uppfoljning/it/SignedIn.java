package se.finsam.uppfoljning.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who the {@link SignedInBrowser} signs in (with the demo password) before each test: on the class
 * for all its tests, on a method for that test alone. Without it the test starts signed out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SignedIn {

    /** The demo user's username. */
    String value();
}
