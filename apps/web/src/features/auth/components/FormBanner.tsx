import { Alert } from '@mantine/core';

export function FormBanner({
  message,
  color = 'red',
  title,
}: {
  message: string | null;
  color?: string;
  title?: string;
}) {
  if (!message) return null;
  return (
    <Alert color={color} variant="light" role="alert" title={title}>
      {message}
    </Alert>
  );
}
