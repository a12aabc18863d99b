package dev.turnout;

import java.util.List;

/**
 * A Java function that Branchline programs can call by name, registered with
 * {@link Engine.Builder#function(String, int, UserFunction)}. It is called like a library function: arguments
 * evaluated left to right, arity checked at compile time.
 *
 * <p>Value mapping, both ways: Branchline null → {@code null}; booleans → {@code Boolean}; integers → {@code Long}
 * (or {@code BigInteger} beyond 64 bits); floats → {@code Double}; decimals → {@code BigDecimal}; strings →
 * {@code String}; arrays → {@code List<Object>}; objects → {@code Map<String, Object>} in key order. A result may
 * also use {@code Integer}, {@code Short}, {@code Byte}, {@code Float}, any {@code Map}, {@code List}. Lambdas are
 * passed as an opaque object and cannot be called from Java.
 *
 * <p>An exception thrown by the function becomes a Branchline runtime error that TRY can catch, whose {@code type}
 * is the exception's simple class name and whose {@code message} is its message. A {@link dev.turnout.errors
 * .TransformException} is passed through as it is. The function must be thread-safe if programs run concurrently.
 */
@FunctionalInterface
public interface UserFunction {
    Object apply(List<Object> args) throws Exception;
}
