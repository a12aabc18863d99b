package dev.turnout.jit.emit;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The objects generated code needs that have no class-file constant form (shapes, descriptors, FunctionCodes,
 * library functions, boxed numbers, the function itself), passed as the hidden class's <em>class data</em>.
 *
 * <p>Design: each object becomes a {@code private static final} field of its own declared type, set once in
 * {@code <clinit>} from {@code MethodHandles.classData(lookup(), "_", List.class)}. HotSpot trusts static finals
 * as constants, so a shape guard compiles to a compare against an immediate and a boxed constant is not re-read
 * from an array. Fields are deduplicated by identity. Nothing else refers to the objects, so they live exactly as
 * long as the class.
 */
final class ConstantFields {
    private static final String CLASS_DATA_NAME = "_"; // ConstantDescs.DEFAULT_NAME

    private record Field(String name, Type type) {}

    private final String owner;
    private final List<Object> values = new ArrayList<>();
    private final List<Field> fields = new ArrayList<>();
    /** Per declared type, value (by identity) → field index. */
    private final Map<Class<?>, Map<Object, Integer>> indexes = new HashMap<>();

    ConstantFields(String owner) {
        this.owner = owner;
    }

    /** Emits GETSTATIC of the field holding {@code value}, typed {@code type} (a public class the value is of). */
    void load(MethodVisitor mv, Object value, Class<?> type) {
        Map<Object, Integer> ofType = indexes.computeIfAbsent(type, t -> new IdentityHashMap<>());
        Integer index = ofType.get(value);
        if (index == null) {
            index = values.size();
            values.add(value);
            fields.add(new Field("k" + index, Type.getType(type)));
            ofType.put(value, index);
        }
        Field field = fields.get(index);
        mv.visitFieldInsn(Opcodes.GETSTATIC, owner, field.name(), field.type().getDescriptor());
    }

    /** The class data: the values in field order. */
    List<Object> classData() {
        return List.copyOf(values);
    }

    /** Declares the fields and writes {@code <clinit>}, which reads them out of the class data. */
    void declare(ClassVisitor cv) {
        for (Field field : fields) {
            cv.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, field.name(),
                    field.type().getDescriptor(), null, null).visitEnd();
        }
        MethodVisitor mv = cv.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        if (!fields.isEmpty()) {
            // List data = MethodHandles.classData(MethodHandles.lookup(), "_", List.class);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(MethodHandles.class), "lookup",
                    "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
            mv.visitLdcInsn(CLASS_DATA_NAME);
            mv.visitLdcInsn(Type.getType(List.class));
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(MethodHandles.class), "classData",
                    "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;",
                    false);
            mv.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(List.class));
            mv.visitVarInsn(Opcodes.ASTORE, 0);
            for (int i = 0; i < fields.size(); i++) {
                Field field = fields.get(i);
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                JvmCode.pushInt(mv, i);
                mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, Type.getInternalName(List.class), "get",
                        "(I)Ljava/lang/Object;", true);
                mv.visitTypeInsn(Opcodes.CHECKCAST, field.type().getInternalName());
                mv.visitFieldInsn(Opcodes.PUTSTATIC, owner, field.name(), field.type().getDescriptor());
            }
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
