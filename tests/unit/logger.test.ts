import fs from 'node:fs';
import { ConfigError, readLogSettings } from '../../src/config';
import { configureLogger, flushLog, logger } from '../../src/logger';

/**
 * The log lines written to each descriptor while `work` runs (pino's writer is
 * asynchronous), after the writer is flushed as its timer would, unless
 * `flushed` is false: then only what was written without waiting for it.
 */
async function linesWritten(
  work: () => void,
  flushed = true,
): Promise<{ stdout: string[]; stderr: string[] }> {
  const text: Record<number, string> = { 1: '', 2: '' };
  const record = (fd: number, data: unknown) => {
    if (fd in text) text[fd] += String(data);
    return String(data).length;
  };
  const writeSync = jest.spyOn(fs, 'writeSync').mockImplementation(record);
  const write = jest.spyOn(fs, 'write').mockImplementation(((
    fd: number,
    data: unknown,
    ...rest: unknown[]
  ) => {
    const done = rest.at(-1) as (error: null, written: number) => void;
    done(null, record(fd, data));
  }) as typeof fs.write);
  try {
    work();
    if (flushed) flushLog();
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    writeSync.mockRestore();
    write.mockRestore();
  }
  const lines = (fd: number) => text[fd]!.split('\n').filter((line) => line.length > 0);
  return { stdout: lines(1), stderr: lines(2) };
}

afterAll(() => configureLogger(readLogSettings()));

describe('the log settings', () => {
  test('info to stdout by default, warn under test, LOG_LEVEL above both', () => {
    expect(readLogSettings({})).toEqual({ level: 'info', destination: 'stdout' });
    expect(readLogSettings({ NODE_ENV: 'test' }).level).toBe('warn');
    expect(readLogSettings({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).level).toBe('debug');
    expect(readLogSettings({ LOG_DESTINATION: 'stderr' }).destination).toBe('stderr');
  });

  test('an unknown level or destination is refused', () => {
    expect(() => readLogSettings({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    expect(() => readLogSettings({ LOG_DESTINATION: 'file' })).toThrow(/LOG_DESTINATION/);
  });
});

describe('the logger', () => {
  test('importing it reads no environment: the entry configures it', () => {
    const before = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'silent';
    try {
      jest.isolateModules(() => {
        const fresh = jest.requireActual<typeof import('../../src/logger')>('../../src/logger');
        expect(fresh.logger.level).toBe('info');
        fresh.configureLogger({ level: 'error', destination: 'stdout' });
        expect(fresh.logger.level).toBe('error');
      });
    } finally {
      if (before === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = before;
    }
  });

  test('writes JSON lines at the configured level or above, to the configured destination', async () => {
    configureLogger({ level: 'warn', destination: 'stdout' });
    const onStdout = await linesWritten(() => {
      logger.info('not this');
      logger.warn({ attempt: 2 }, 'waiting');
    });
    expect(onStdout.stderr).toEqual([]);
    expect(onStdout.stdout).toHaveLength(1);
    expect(JSON.parse(onStdout.stdout[0]!)).toMatchObject({
      level: 40,
      msg: 'waiting',
      attempt: 2,
      service: 'myoclonus-knowledge-graph',
    });

    configureLogger({ level: 'info', destination: 'stderr' });
    const onStderr = await linesWritten(() =>
      logger.child({ door: 'mcp-stdio' }).info('tool call'),
    );
    expect(onStderr.stdout).toEqual([]);
    expect(JSON.parse(onStderr.stderr[0]!)).toMatchObject({ msg: 'tool call', door: 'mcp-stdio' });
  });

  test('routine lines wait in the buffer; a line at warn or above is written at once, with them', async () => {
    configureLogger({ level: 'info', destination: 'stdout' });
    const routine = await linesWritten(() => logger.info('graphql request'), false);
    expect(routine.stdout).toEqual([]);
    const urgent = await linesWritten(() => {
      logger.info({ n: 1 }, 'graphql request');
      logger.error({ code: 'X' }, 'failed');
    }, false);
    expect(urgent.stdout.map((line) => JSON.parse(line).msg)).toEqual([
      'graphql request',
      'graphql request',
      'failed',
    ]);
  });

  test('passwords are redacted', async () => {
    configureLogger({ level: 'info', destination: 'stdout' });
    const { stdout } = await linesWritten(() => logger.info({ password: 'hunter2' }, 'connecting'));
    expect(stdout[0]).not.toContain('hunter2');
    expect(JSON.parse(stdout[0]!)).toMatchObject({ password: '[redacted]' });
  });
});
