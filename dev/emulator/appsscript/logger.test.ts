import { createConsole, createLogger, formatLogLine } from './logger';
import { testExecution } from './testing';

describe('Logger and console', () => {
  describe('when a line is logged with format arguments', () => {
    it('substitutes %s, %d and %% and appends extra arguments', () => {
      expect(formatLogLine(['Synced %s pairs in %d ms (100%%)', 3, 120.7, 'extra'])).toBe(
        'Synced 3 pairs in 120 ms (100%) extra',
      );
      expect(formatLogLine([{ a: 1 }, 2])).toBe('{"a":1} 2');
      expect(formatLogLine(['%s left', undefined])).toBe('undefined left');
      expect(formatLogLine(['no args %s'])).toBe('no args %s');
    });
  });

  describe('when Logger.log is called', () => {
    it('sends the line to the execution log and keeps it for getLog until clear', () => {
      const exec = testExecution();
      const logger = createLogger(exec);
      expect(logger.log('a %s', 'b')).toBe(logger);
      expect(exec.logs).toEqual([{ level: 'info', line: 'a b' }]);
      expect(logger.getLog()).toBe('a b\n');
      logger.clear();
      expect(logger.getLog()).toBe('');
    });
  });

  describe('when console methods are called', () => {
    it('logs at their own level, and times labels on the emulated clock', () => {
      const exec = testExecution();
      const con = createConsole(exec);
      con.log('l');
      con.info('i');
      con.warn('w %d', 2);
      con.error(new Error('boom'));
      con.time('sync');
      exec.advance(1500);
      con.timeEnd('sync');
      con.timeEnd('never-started');
      expect(exec.logs).toEqual([
        { level: 'log', line: 'l' },
        { level: 'info', line: 'i' },
        { level: 'warn', line: 'w 2' },
        { level: 'error', line: 'Error: boom' },
        { level: 'log', line: 'sync: 1500ms' },
      ]);
    });
  });
});
