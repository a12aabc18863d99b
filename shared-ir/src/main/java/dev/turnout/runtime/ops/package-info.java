/** The runtime semantics layer: one static method per IR operation, called by the interpreter and by compiled code. */
package dev.turnout.runtime.ops;
