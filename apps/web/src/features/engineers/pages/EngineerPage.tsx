import { Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { canOpen } from '../../../app/navigation';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { NotFoundState } from '../../../app/ui/states';
import { EngineerDetailView } from '../components/EngineerDetailView';

export function EngineerPage() {
  const { id } = useParams();
  const user = useCurrentUser();
  if (!id) return <NotFoundState />;
  return (
    <Stack gap="sm">
      {canOpen('/engineers', user.roles) && (
        <Anchor component={Link} to="/engineers" size="sm">
          ← All engineers
        </Anchor>
      )}
      <EngineerDetailView id={id} />
    </Stack>
  );
}
