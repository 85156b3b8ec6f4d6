import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Role } from '../auth/role';
import { Roles } from '../common/decorators';
import { renderOfferLetter } from './offer-letter';
import { OffersService } from './offers.service';

@ApiTags('offers')
@ApiBearerAuth()
@Controller('v1/offers')
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Roles(Role.ADMIN, Role.HR)
  @Get(':id/letter.pdf')
  @Header('content-type', 'application/pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The offer letter as a PDF, with the token allowance line.' })
  @ApiOkResponse({
    description: 'The PDF.',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async letter(@Param('id') id: string): Promise<StreamableFile> {
    const offer = await this.offers.get(id);
    const pdf = await renderOfferLetter(await this.offers.terms(offer));
    const name = offer.candidateName.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'offer';
    return new StreamableFile(pdf, { disposition: `attachment; filename="offer-${name}.pdf"` });
  }
}
