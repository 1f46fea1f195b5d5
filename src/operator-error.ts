/**
 * A problem the person running the gateway must fix (configuration, database state). Its message
 * says what is wrong and what to do, so it is printed as is, without a stack trace.
 */
export class OperatorError extends Error {}
