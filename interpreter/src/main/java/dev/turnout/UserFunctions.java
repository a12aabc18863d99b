package dev.turnout;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import dev.turnout.runtime.Values;
import dev.turnout.runtime.json.JsonReader;
import dev.turnout.runtime.json.JsonWriter;
import dev.turnout.stdlib.HostFunction;
import dev.turnout.stdlib.LibraryFunction;
import dev.turnout.stdlib.StandardLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Adapts {@link UserFunction}s to the host-function table: name checks, value mapping, error mapping. */
final class UserFunctions {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private UserFunctions() {}

    static LibraryFunction adapt(String name, int minArity, int maxArity, UserFunction function) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("host function name must be an identifier: " + name);
        }
        if (StandardLibrary.indexOf(name) >= 0) {
            throw new IllegalArgumentException("'" + name + "' is a standard library function and cannot be replaced");
        }
        if (minArity < 0 || (maxArity != LibraryFunction.VARARGS && maxArity < minArity)) {
            throw new IllegalArgumentException("bad arity range " + minArity + ".." + maxArity + " for " + name);
        }
        return new LibraryFunction(name, minArity, maxArity, usage(name, minArity, maxArity), call(name, function));
    }

    private static String usage(String name, int min, int max) {
        String range = max == LibraryFunction.VARARGS ? min + "+" : min == max ? String.valueOf(min) : min + ".." + max;
        return name + "(" + range + " argument" + (max == 1 && min == 1 ? "" : "s") + ")";
    }

    private static HostFunction call(String name, UserFunction function) {
        return args -> {
            List<Object> javaArgs = new ArrayList<>(args.length);
            for (Object arg : args) javaArgs.add(JsonWriter.toJava(Values.freeze(arg)));
            Object result;
            try {
                result = function.apply(javaArgs);
            } catch (TransformException e) {
                throw e;
            } catch (Exception e) {
                String message = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
                throw new TransformException(ErrorKind.HOST, e.getClass().getSimpleName(), message, e);
            }
            try {
                return JsonReader.fromJava(result);
            } catch (IllegalArgumentException e) {
                throw new TransformException(ErrorKind.HOST, "IllegalArgumentException",
                        name + " returned an unsupported value: " + e.getMessage());
            }
        };
    }
}
