import { Badge } from '@mantine/core';
import { OFFER_STATUS_COLORS, offerStatusLabel, offerStatusOf } from '../offers';

export function OfferStatusBadge({ status }: { status: string }) {
  const known = offerStatusOf(status);
  return (
    <Badge color={known ? OFFER_STATUS_COLORS[known] : 'gray'} variant="light" tt="none">
      {offerStatusLabel(status)}
    </Badge>
  );
}
