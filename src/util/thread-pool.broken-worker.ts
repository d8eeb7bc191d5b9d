/** A thread for thread-pool.test.ts that fails as it starts, as one whose model or database is missing would. */
throw new Error('cannot load what this thread needs');
