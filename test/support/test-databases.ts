export const testDatabases = ['sqlite'];
