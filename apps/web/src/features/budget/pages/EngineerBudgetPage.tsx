import { Anchor, Stack } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { NotFoundState } from '../../../app/ui/states';
import { BudgetView } from '../components/BudgetView';

/**
 * One engineer's budget for a manager, HR, finance or an admin (the server decides who may see it).
 * The engineer's name comes with the link from their page, so this page reads no pay.
 */
export function EngineerBudgetPage() {
  const { id } = useParams();
  const location = useLocation();
  const name = (location.state as { engineerName?: string } | null)?.engineerName;
  if (!id) return <NotFoundState />;
  return (
    <Stack gap="sm">
      <Anchor component={Link} to={`/engineers/${id}`} size="sm">
        ← {name ? `${name}'s page` : 'Engineer page'}
      </Anchor>
      <BudgetView engineerId={id} heading={name ? `${name}'s budget` : 'Engineer budget'} />
    </Stack>
  );
}
