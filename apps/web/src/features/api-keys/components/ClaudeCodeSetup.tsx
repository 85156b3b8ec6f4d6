import { Button, Code, CopyButton, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { claudeCodeEnv, settingsJson, shellExports } from '../apiKeys';

function CopyBlock({ text, label }: { text: string; label: string }) {
  return (
    <Stack gap={4}>
      <Code
        block
        aria-label={label}
        style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
        data-testid={label === 'Shell exports' ? 'claude-code-env' : undefined}
      >
        {text}
      </Code>
      <Group>
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button size="xs" variant="default" onClick={copy} color={copied ? 'teal' : undefined}>
              {copied ? 'Copied' : `Copy ${label.toLowerCase()}`}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

/** How to point Claude Code's telemetry at Tokenroll, with the just-created key filled in. */
export function ClaudeCodeSetup({ secret }: { secret: string | null }) {
  const env = claudeCodeEnv(window.location.origin, secret);
  return (
    <Stack gap="sm" component="section" aria-labelledby="claude-code-title">
      <Title order={2} size="h4" id="claude-code-title">
        Point Claude Code at Tokenroll
      </Title>
      <Text size="sm" c="dimmed">
        Claude Code exports its token usage over OpenTelemetry. Set these variables where Claude Code runs
        (your shell profile, or the <Code>env</Code> block of <Code>~/.claude/settings.json</Code>)
        {secret
          ? ' — your new key is filled in.'
          : '; create a key with the usage:write scope to fill it in.'}
      </Text>
      <Tabs defaultValue="shell" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="shell">Shell</Tabs.Tab>
          <Tabs.Tab value="settings">settings.json</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="shell" pt="sm">
          <CopyBlock text={shellExports(env)} label="Shell exports" />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="sm">
          <CopyBlock text={settingsJson(env)} label="Settings JSON" />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
